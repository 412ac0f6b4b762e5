"""corral.policy"""
