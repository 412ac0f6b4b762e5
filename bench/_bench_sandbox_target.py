"""A stdlib-only function for bench/egress_sandbox.py to call in the sandbox."""


def echo(x: int) -> int:
    return x
