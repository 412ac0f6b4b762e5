"""The one boundary where provider SDK errors become corral errors. Both official SDKs share the shape of
their exception classes (``APITimeoutError``, ``RateLimitError``, ``APIStatusError`` ...), so one mapper serves both."""

from __future__ import annotations

from types import ModuleType

from corral.errors import ModelBadRequest, ModelError, ModelRateLimited, ModelTimeout, ModelUnavailable

__all__ = ["map_provider_error"]


def map_provider_error(sdk: ModuleType, exc: Exception, model: str) -> ModelError:
    name = f"{model}"
    if isinstance(exc, sdk.APITimeoutError):
        return ModelTimeout(f"{name}: request timed out", hint="raise the model timeout or try again")
    if isinstance(exc, sdk.RateLimitError):
        return ModelRateLimited(f"{name}: rate limited by the provider (429)", hint="slow down or raise your quota")
    if isinstance(exc, sdk.APIConnectionError):
        return ModelUnavailable(f"{name}: cannot reach the provider: {exc}",
                                hint="check the base URL / network, or configure a fallback model")
    if isinstance(exc, sdk.AuthenticationError):
        return ModelBadRequest(f"{name}: authentication failed (401)", hint="check the API key")
    if isinstance(exc, sdk.APIStatusError):
        status = getattr(exc, "status_code", 0)
        if status >= 500 or status in (408, 409):
            return ModelUnavailable(f"{name}: provider error {status}", hint="try again later or use a fallback")
        return ModelBadRequest(f"{name}: provider rejected the request ({status}): {_short(str(exc))}")
    return ModelError(f"{name}: {type(exc).__name__}: {_short(str(exc))}")


def _short(s: str, limit: int = 300) -> str:
    return s if len(s) <= limit else s[:limit] + "…"
