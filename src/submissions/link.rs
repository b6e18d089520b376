//! The link between the two processes of `grindstone serve` started as root (see
//! `crate::privileges`). The judge's process (root) holds nothing but the judge engine: no
//! database, no files of the web server's. The web server (the service user) runs the queue's
//! workers and hands each job over this socket to be judged; the judge first says whether it
//! works and which languages it has, then sends each job's progress and report back. One JSON
//! message per line.

use super::queue::{Engine, JudgeEvents, JudgeState, spawn_workers};
use crate::db::Db;
use crate::judge::JudgeReport;
use crate::judge::catalog;
use crate::judge::engine::{Job, Judge, Progress};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, Lines};
use tokio::net::UnixStream;
use tokio::net::unix::{OwnedReadHalf, OwnedWriteHalf};
use tokio::sync::{mpsc, oneshot, watch};

/// What the judge's process says.
#[derive(Debug, Serialize, Deserialize)]
enum FromJudge {
    /// The judge works, with these languages (its first message).
    Ready(Vec<catalog::Entry>),
    /// The sandbox cannot work here (its only message; the reason is in its log).
    Unavailable,
    Progress {
        job: u64,
        progress: Progress,
    },
    Report {
        job: u64,
        report: JudgeReport,
    },
}

/// A job for the judge's process.
#[derive(Debug, Serialize, Deserialize)]
struct ToJudge {
    job: u64,
    work: Job,
}

/// The judge's side: says whether `judge` works, then judges each job it is handed (as many
/// at once as arrive) until the web server's end closes.
pub async fn serve_judge_side(stream: UnixStream, judge: Result<Judge, String>) {
    let (read, mut write) = stream.into_split();
    let (outgoing, mut to_send) = mpsc::unbounded_channel();
    let writer = tokio::spawn(async move {
        while let Some(message) = to_send.recv().await {
            if send(&mut write, &message).await.is_err() {
                break;
            }
        }
    });
    let judge = match judge {
        Ok(judge) => {
            let _ = outgoing.send(FromJudge::Ready(catalog::entries(&judge)));
            Some(Arc::new(judge))
        }
        Err(problem) => {
            tracing::error!(%problem, "the judge is unavailable");
            let _ = outgoing.send(FromJudge::Unavailable);
            None
        }
    };
    let mut lines = BufReader::new(read).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        let Some(judge) = &judge else { continue };
        let ToJudge { job, work } = match serde_json::from_str(&line) {
            Ok(request) => request,
            Err(error) => {
                tracing::warn!(%error, "an unreadable job on the judge link");
                continue;
            }
        };
        let (judge, outgoing) = (Arc::clone(judge), outgoing.clone());
        tokio::task::spawn_blocking(move || {
            let progressed = outgoing.clone();
            let report = judge.judge_job(work, &move |progress| {
                let _ = progressed.send(FromJudge::Progress { job, progress });
            });
            let _ = outgoing.send(FromJudge::Report { job, report });
        });
    }
    writer.abort();
}

/// The judge's process as the workers see it.
#[derive(Clone)]
pub struct RemoteJudge(Arc<Remote>);

struct Remote {
    requests: mpsc::UnboundedSender<ToJudge>,
    /// The jobs handed over and not yet reported on, by number.
    waiting: Mutex<HashMap<u64, Waiting>>,
    next: AtomicU64,
    languages: Vec<catalog::Entry>,
}

/// Where a handed-over job's progress and report go.
struct Waiting {
    progress: mpsc::UnboundedSender<Progress>,
    report: oneshot::Sender<JudgeReport>,
}

impl RemoteJudge {
    /// Has the judge's process judge `work`; `None` when it is gone.
    pub async fn judge(
        &self,
        work: Job,
        progress: mpsc::UnboundedSender<Progress>,
    ) -> Option<JudgeReport> {
        let job = self.0.next.fetch_add(1, Ordering::Relaxed);
        let (report, reported) = oneshot::channel();
        self.waiting().insert(job, Waiting { progress, report });
        if self.0.requests.send(ToJudge { job, work }).is_err() {
            self.waiting().remove(&job);
            return None;
        }
        reported.await.ok()
    }

    /// The judge's languages.
    pub fn languages(&self) -> &[catalog::Entry] {
        &self.0.languages
    }

    fn waiting(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Waiting>> {
        self.0.waiting.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Passes a job's progress or report on to the worker waiting for it.
    fn deliver(&self, message: FromJudge) {
        match message {
            FromJudge::Progress { job, progress } => {
                if let Some(waiting) = self.waiting().get(&job) {
                    let _ = waiting.progress.send(progress);
                }
            }
            FromJudge::Report { job, report } => {
                if let Some(waiting) = self.waiting().remove(&job) {
                    let _ = waiting.report.send(report);
                }
            }
            FromJudge::Ready(_) | FromJudge::Unavailable => {}
        }
    }
}

/// The web server's side: once the judge says it works, runs `count` workers that judge
/// through it, until `stop` fires or the judge's process ends; either way what the workers
/// were judging goes back to the queue. `state` follows along.
pub async fn serve_web_side(
    stream: UnixStream,
    db: Db,
    events: JudgeEvents,
    count: usize,
    state: watch::Sender<JudgeState>,
    mut stop: oneshot::Receiver<()>,
) {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read).lines();
    let first = tokio::select! {
        first = next_message(&mut lines) => first,
        _ = &mut stop => return,
    };
    let Some(FromJudge::Ready(languages)) = first else {
        tracing::error!("the judge process cannot judge; submissions wait in the queue");
        state.send_replace(JudgeState::Unavailable);
        return;
    };
    let (requests, mut to_send) = mpsc::unbounded_channel();
    let remote = RemoteJudge(Arc::new(Remote {
        requests,
        waiting: Mutex::default(),
        next: AtomicU64::new(0),
        languages,
    }));
    tracing::info!(
        workers = count,
        "judging submissions in the judge's process"
    );
    state.send_replace(JudgeState::Ready);
    let workers = spawn_workers(db, Engine::Linked(remote.clone()), events, count);
    loop {
        tokio::select! {
            message = next_message(&mut lines) => match message {
                Some(message) => remote.deliver(message),
                None => break,
            },
            Some(request) = to_send.recv() => {
                if send(&mut write, &request).await.is_err() {
                    break;
                }
            }
            _ = &mut stop => return workers.stop().await,
        }
    }
    tracing::error!("the judge process stopped; submissions wait in the queue");
    state.send_replace(JudgeState::Unavailable);
    workers.stop().await;
}

/// The next message from the judge, skipping unreadable ones; `None` once the link is closed.
async fn next_message(lines: &mut Lines<BufReader<OwnedReadHalf>>) -> Option<FromJudge> {
    loop {
        let line = lines.next_line().await.ok()??;
        match serde_json::from_str(&line) {
            Ok(message) => return Some(message),
            Err(error) => tracing::warn!(%error, "an unreadable message on the judge link"),
        }
    }
}

async fn send(write: &mut OwnedWriteHalf, message: &impl Serialize) -> std::io::Result<()> {
    let mut line = serde_json::to_vec(message).map_err(std::io::Error::other)?;
    line.push(b'\n');
    write.write_all(&line).await
}
