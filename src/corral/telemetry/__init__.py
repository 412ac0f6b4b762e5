"""corral.telemetry"""
