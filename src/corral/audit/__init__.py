"""corral.audit"""
