"""The demo's simulated services: operations that fail on purpose, one per category.

Imported by the demo process (direct calls) and by the demo's function runner
(``errorflow worker --ops errorflow.demo.services``). Failures are
deterministic, keyed by the input and the attempt number, so the report is the
same on every run: transient failures clear on the third attempt, the rest do
not clear on their own.
"""

from __future__ import annotations

import asyncio

from pydantic import BaseModel, Field

from errorflow.errors import BulkOperationError
from errorflow.sdk import cached_fallback, compensate, compensation, current_run, operation

__all__ = [
    "PRICING",
    "RELEASED",
    "BulkInput",
    "FetchInput",
    "HTTPStatusError",
    "book_trip",
    "bulk_import_jobs",
    "fetch_listing",
    "geocode_address",
    "quote_price",
    "render_report",
    "resize_image",
    "sync_account",
]


class HTTPStatusError(Exception):
    """An HTTP client error carrying its response, shaped like httpx's."""

    def __init__(self, message: str, status_code: int) -> None:
        super().__init__(message)
        self.response = type("Response", (), {"status_code": status_code})()


class FetchInput(BaseModel):
    """Input of ``fetch_listing``."""

    source: str
    page: int = Field(ge=1)
    api_token: str = "demo-token"


class BulkInput(BaseModel):
    """Input of ``bulk_import_jobs``."""

    job_ids: list[str]


def _attempt() -> int:
    run = current_run()
    return run.attempt if run else 1


@operation(
    name="fetch_listing",
    description="Fetch one page of job listings from a job board",
    category="scraping",
    inputs=FetchInput,
    service="scraper",
    dependency="jobboard-api",
)
async def fetch_listing(data: FetchInput) -> dict[str, int]:
    """Transient failures: the board times out or answers 503, then recovers on attempt 3."""
    await asyncio.sleep(0.01)
    if data.source == "flaky" and _attempt() < 3:
        if data.page % 2:
            raise TimeoutError(f"Read timed out. (read timeout=10) fetching page {data.page}")
        raise HTTPStatusError(f"Server error '503 Service Unavailable' for url '/jobs?page={data.page}'", 503)
    if data.source == "gone":
        raise HTTPStatusError(f"Client error '404 Not Found' for url '/boards/{data.source}'", 404)
    return {"jobs": 25, "page": data.page}


@operation(
    name="resize_image",
    description="Resize an uploaded image",
    category="media",
    service="media",
    dependency="scratch-disk",
)
def resize_image(path: str, width: int) -> str:
    """Resource failures: the scratch disk is full."""
    if width > 4000:
        raise OSError(28, "No space left on device", path)
    return f"{path}@{width}"


@operation(
    name="sync_account",
    description="Sync an account with the CRM",
    category="integration",
    service="crm-sync",
    dependency="crm",
    criticality="high",
)
def sync_account(account_id: str, password: str) -> None:
    """Permanent failures: the CRM refuses the credentials."""
    raise PermissionError(13, "Permission denied", f"/crm/accounts/{account_id}")


@operation(name="render_report", description="Render a report", category="reporting", service="reports")
def render_report(start_date: str, end_date: str) -> str:
    """Validation failures: the caller sent an impossible date range."""
    if start_date > end_date:
        raise ValueError(f"invalid date range: start_date {start_date} is after end_date {end_date}")
    return f"report {start_date}..{end_date}"


@operation(
    name="bulk_import_jobs",
    description="Import jobs in bulk, tracking each item",
    category="processing",
    inputs=BulkInput,
    service="importer",
    dependency="jobs-db",
)
def bulk_import_jobs(data: BulkInput) -> dict[str, int]:
    """Partial failures: some items are missing; the run reports each of them."""
    errors = [
        {
            "index": index,
            "job_id": job_id,
            "error": "Job not found",
            "error_type": "builtins.LookupError",
            "item": {"job_id": job_id},
        }
        for index, job_id in enumerate(data.job_ids)
        if job_id.startswith("missing")
    ]
    if errors:
        raise BulkOperationError(
            f"Failed {len(errors)} of {len(data.job_ids)} items",
            error_list=errors,
            success_count=len(data.job_ids) - len(errors),
        )
    return {"success_count": len(data.job_ids), "failed_count": 0, "total_count": len(data.job_ids)}


@operation(
    name="geocode_address",
    description="Geocode a postal address",
    category="enrichment",
    service="geo",
    dependency="geo-api",
)
def geocode_address(address: str) -> tuple[float, float]:
    """An incident for the anomaly detectors: the geocoding API refuses every call (its key was revoked)."""
    raise HTTPStatusError(f"Client error '401 Unauthorized' for url '/v1/geocode?q={address}': API key revoked", 401)


@operation(
    name="export_feed",
    description="Export the job feed to a partner",
    category="integration",
    service="feeds",
    dependency="partner-sftp",
    timeout_s=1.0,
)
async def export_feed(partner: str) -> dict[str, str]:
    """A stuck run: attempt 1 hangs on the partner's server; the runner cancels it at ``timeout_s``."""
    if _attempt() == 1:
        await asyncio.sleep(60)
    return {"partner": partner, "status": "exported"}


RELEASED: list[str] = []
"""What the trip's compensations released, in the order they ran."""


@compensation("release_reservation")
def release_reservation(reservation: str) -> None:
    """Undo a reservation; idempotent (releasing a released reservation does nothing)."""
    if reservation not in RELEASED:
        RELEASED.append(reservation)


@operation(
    name="book_trip",
    description="Reserve a flight and a hotel, then rent a car",
    category="booking",
    service="travel",
    dependency="car-rental-api",
    compensate_on="final",
)
def book_trip(trip_id: str) -> None:
    """A saga: two reservations registered as made, then the car rental refuses; both are undone, newest first."""
    for reservation in (f"{trip_id}/flight", f"{trip_id}/hotel"):
        compensate(release_reservation, reservation)
    raise PermissionError(13, "Permission denied", f"/car-rental/bookings/{trip_id}")


PRICING = {"up": True}
"""Whether the simulated pricing service answers."""


@operation(
    name="quote_price",
    description="Quote a product's price, from cache while pricing is down",
    category="pricing",
    service="shop",
    dependency="pricing-api",
    fallback=cached_fallback(max_age_s=6 * 3600),
)
def quote_price(sku: str) -> dict[str, object]:
    """Graceful degradation: while the pricing service resets connections, the last good quote answers."""
    if not PRICING["up"]:
        raise ConnectionResetError(104, "Connection reset by peer")
    return {"sku": sku, "price": 19.9}
