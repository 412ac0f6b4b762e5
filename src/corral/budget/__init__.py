"""corral.budget"""
