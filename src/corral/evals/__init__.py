"""corral.evals"""
