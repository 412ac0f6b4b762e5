"""corral.slo"""
