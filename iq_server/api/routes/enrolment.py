"""POST /v1/enrol: a device claims a one-time enrolment code and gets its token."""

from __future__ import annotations

from fastapi import APIRouter, Request

from iq_server.api.deps import State, client_address
from iq_server.api.schemas import EnrolRequest, EnrolResponse, problems
from iq_server.errors import EnrolmentRefused, TooManyRequests
from iq_server.services import enrolment

router = APIRouter()


@router.post("/v1/enrol", response_model=EnrolResponse, responses=problems(400, 401, 413, 429))
def enrol(body: EnrolRequest, request: Request, state: State) -> EnrolResponse:
    client = client_address(request)
    wait = state.limiter.enrol_wait(client)
    if wait:
        raise TooManyRequests("too many failed enrolments; try again later", wait)
    try:
        done = enrolment.enrol(state.db, body.code, body.device_name)
    except EnrolmentRefused:
        state.limiter.enrol_failed(client)
        raise
    request.state.device_id = done.device_id
    return EnrolResponse(
        device_id=done.device_id, device_token=done.device_token, site_id=done.site.site_id,
        state=done.site.state, network=done.site.network,
    )  # fmt: skip
