//! The link between the two processes of `grindstone serve` started as root (see
//! `crate::privileges`): the judge (root) and the web server (the service user) share one
//! socket. On SQLite, which has no NOTIFY, each side tells the other the queue's status
//! changes: a queued submission wakes the judge's workers, and judging progress reaches the
//! pages that follow it. The judge also says where it stands, for `/healthz` and the logs.

use super::StatusEvent;
use super::queue::{JudgeEvents, JudgeState};
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::UnixStream;
use tokio::net::unix::OwnedWriteHalf;
use tokio::sync::{mpsc, watch};

/// One line on the link.
#[derive(Debug, Serialize, Deserialize)]
enum Message {
    Status(StatusEvent),
    Judge(JudgeState),
}

/// The judge's side: relays status changes both ways and reports `state` as it changes, until
/// the web server's end closes.
pub async fn serve_judge_side(
    stream: UnixStream,
    events: JudgeEvents,
    state: watch::Receiver<JudgeState>,
) {
    relay(stream, events, Some(state), None).await;
}

/// The web server's side: relays status changes both ways and keeps `state` as the judge
/// reports it; once the judge's end closes, the judge is unavailable.
pub async fn serve_web_side(
    stream: UnixStream,
    events: JudgeEvents,
    state: watch::Sender<JudgeState>,
) {
    relay(stream, events, None, Some(&state)).await;
    tracing::error!("the judge process stopped; submissions wait in the queue");
    state.send_replace(JudgeState::Unavailable);
}

async fn relay(
    stream: UnixStream,
    events: JudgeEvents,
    mut outgoing_state: Option<watch::Receiver<JudgeState>>,
    incoming_state: Option<&watch::Sender<JudgeState>>,
) {
    let (read, mut write) = stream.into_split();
    let (relayed, mut to_relay) = mpsc::unbounded_channel();
    events.relay_to(relayed);
    if let Some(state) = &mut outgoing_state {
        let first = *state.borrow_and_update();
        if send(&mut write, &Message::Judge(first)).await.is_err() {
            return;
        }
    }
    let mut lines = BufReader::new(read).lines();
    loop {
        let outgoing = tokio::select! {
            line = lines.next_line() => {
                let Ok(Some(line)) = line else { return };
                match serde_json::from_str(&line) {
                    Ok(Message::Status(event)) => events.deliver(event),
                    Ok(Message::Judge(state)) => {
                        if let Some(incoming) = incoming_state {
                            incoming.send_replace(state);
                        }
                    }
                    Err(error) => tracing::warn!(%error, "an unreadable message on the judge link"),
                }
                continue;
            }
            Some(event) = to_relay.recv() => Message::Status(event),
            Some(state) = changed(&mut outgoing_state) => Message::Judge(state),
        };
        if send(&mut write, &outgoing).await.is_err() {
            return;
        }
    }
}

/// The next state to report, when there is a state to report and it changes.
async fn changed(state: &mut Option<watch::Receiver<JudgeState>>) -> Option<JudgeState> {
    if let Some(receiver) = state
        && receiver.changed().await.is_ok()
    {
        return Some(*receiver.borrow_and_update());
    }
    std::future::pending().await
}

async fn send(write: &mut OwnedWriteHalf, message: &Message) -> std::io::Result<()> {
    let mut line = serde_json::to_vec(message).map_err(std::io::Error::other)?;
    line.push(b'\n');
    write.write_all(&line).await
}
