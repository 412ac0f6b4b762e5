"""corral.guards"""
