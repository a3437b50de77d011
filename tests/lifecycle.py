"""The lifecycle a consumer reads from SDK events, whichever shape the SDK sent.

A quick call sends its terminal event only, carrying ``queued_at`` and
``started_at``; the sink stores the ``pending`` and ``running`` rows they stand
for (``errorflow.sinks.event_rows``). Tests that check a run's lifecycle expand
the compact shape the same way, so they hold for both shapes.
"""

from __future__ import annotations

from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.sinks.rows import implied_event_id

_OUTCOME = {
    "error_message": None,
    "error_traceback": None,
    "error_type": None,
    "error_context": None,
    "error_list": [],
    "success_count": None,
    "failed_count": None,
    "total_count": None,
    "result_refs": [],
    "execution_time_s": None,
    "queued_at": None,
    "started_at": None,
}


def expand(events: list[TaskRunEvent]) -> list[TaskRunEvent]:
    """Events with each compact terminal event preceded by the pending and running events it stands for."""
    expanded: list[TaskRunEvent] = []
    for event in events:
        for status, at in ((TaskRunStatus.PENDING, event.queued_at), (TaskRunStatus.RUNNING, event.started_at)):
            if at is not None:
                expanded.append(
                    event.model_copy(
                        update={
                            **_OUTCOME,
                            "event_id": implied_event_id(event.event_id, status.value),
                            "event_type": f"taskrun.{status.value}",
                            "status": status,
                            "occurred_at": at,
                        }
                    )
                )
        expanded.append(event)
    return expanded
