"""corral.release"""
