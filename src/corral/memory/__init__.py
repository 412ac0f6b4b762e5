"""corral.memory"""
