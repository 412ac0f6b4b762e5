import corral
import corral.errors


def test_public_names_resolve() -> None:
    for name in corral.__all__:
        assert getattr(corral, name) is not None, name


def test_every_error_is_exported_and_derives_from_base() -> None:
    for name in corral.errors.__all__:
        obj = getattr(corral.errors, name)
        if isinstance(obj, type) and issubclass(obj, Exception) and not issubclass(obj, corral.errors.ControlSignal):
            assert issubclass(obj, corral.errors.CorralError), name


def test_signals_are_not_failures() -> None:
    assert not issubclass(corral.errors.ApprovalRequired, corral.errors.CorralError)
    assert not issubclass(corral.errors.BudgetPause, corral.errors.CorralError)
