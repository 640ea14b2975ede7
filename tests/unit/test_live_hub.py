"""The live hub on real sockets: a client that stops reading is dropped once its send buffer is
full (never buffered without bound), limits refuse, and frames are what a websocket client
reads (parsed back with wsproto, the library simple-websocket uses)."""

from __future__ import annotations

import json
import socket

import pytest
from wsproto.frame_protocol import FrameProtocol

from dashboard.live_hub import Hub, LockedSocket, Refused, text_frame
from data.events import Event
from data.scope import Scope
from data.viewer import Viewer


def test_a_client_that_does_not_read_is_dropped_after_a_bounded_amount():
    mine, theirs = socket.socketpair()
    hub = Hub(lambda ids: {}, 10, 10)
    client = hub.admit(Viewer.system(), None)
    client.sock = LockedSocket(mine)
    sent = 0
    while not client.dropped and sent < 1_000_000:
        hub.dispatch(Event("project.updated", ()))
        sent += 1
    assert client.dropped and client.closed.is_set()
    assert hub.counts["dropped"] == 1
    unread = sent * len(text_frame('{"type":"project.updated","ids":[],"at":"x"}'))
    assert unread < 10 * 1024 * 1024, "far more was buffered than the send buffer holds"
    hub.dispatch(Event("project.updated", ()))  # a dropped client is sent nothing more
    assert hub.counts["sent"] == sent - 1
    theirs.close()


def test_limits_per_process_and_per_user():
    hub = Hub(lambda ids: {}, 3, 2)
    ann, bob = Viewer("ann"), Viewer("bob")
    first, _second = hub.admit(ann, None), hub.admit(ann, None)
    with pytest.raises(Refused, match="this user"):
        hub.admit(ann, None)
    hub.admit(bob, None)
    with pytest.raises(Refused, match="this server"):
        hub.admit(bob, None)
    hub.release(first)
    hub.admit(ann, None)
    assert len(hub) == 3 and hub.counts["refused"] == 2


def test_each_viewer_gets_only_its_ids_in_a_well_formed_frame():
    hub = Hub(lambda ids: {1: 10, 2: 20}, 10, 10)
    pairs = {}
    for name, scope in (("alpha", Scope.of(10)), ("both", Scope.everything()),
                        ("none", Scope.of(30))):
        mine, theirs = socket.socketpair()
        hub.admit(Viewer(name, scope=scope), None).sock = LockedSocket(mine)
        theirs.settimeout(0.2)
        pairs[name] = theirs
    hub.dispatch(Event("project.updated", (1, 2)))

    def read(sock: socket.socket) -> list[dict]:
        try:
            data = sock.recv(65536)
        except TimeoutError:
            return []
        decoder = FrameProtocol(client=True, extensions=[])
        decoder.receive_bytes(data)
        return [json.loads(frame.payload) for frame in decoder.received_frames()]

    assert [m["ids"] for m in read(pairs["alpha"])] == [[1]]
    assert [m["ids"] for m in read(pairs["both"])] == [[1, 2]]
    assert read(pairs["none"]) == []
