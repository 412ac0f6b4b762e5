"""corral.testing"""
