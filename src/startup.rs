//! Building and running the HTTP server: routes, shared state, middleware, graceful shutdown.

use crate::accounts::SignInOptions;
use crate::accounts::guard::{self, CookiePolicy, SessionLayerState};
use crate::accounts::mail::Mailer;
use crate::accounts::oauth::{self, OAuthState};
use crate::app::{App, assets, shell};
use crate::config::Settings;
use crate::db::{Db, DbError};
use crate::submissions::queue::{self, JudgeEvents, JudgeState, QueuePolicy};
use axum::extract::{FromRef, State};
use axum::handler::Handler;
use axum::http::{HeaderName, Request, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Router, middleware};
use leptos::prelude::*;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::services::ServeDir;
use tower_http::trace::TraceLayer;

/// The largest request body accepted: forms and code submissions are far smaller.
const MAX_REQUEST_BODY: usize = 512 * 1024;

/// What every handler can reach.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    /// Where this server's judge stands.
    pub judge: watch::Receiver<JudgeState>,
    /// Judging status changes, which pages follow live.
    pub events: JudgeEvents,
    /// How the judge's queue is shared between users.
    pub queue: QueuePolicy,
}

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("cannot listen on {address}: {source}")]
    Bind {
        address: SocketAddr,
        source: std::io::Error,
    },
    #[error("invalid Leptos settings: {0}")]
    Leptos(String),
    #[error("invalid OAuth settings: {0}")]
    OAuth(String),
    #[error("invalid mail settings: {0}")]
    Mail(String),
    #[error("invalid AI settings: {0}")]
    Ai(#[from] crate::ai::AiError),
}

/// A server bound to its port, ready to run.
pub struct Application {
    listener: TcpListener,
    router: Router,
    db: Db,
    events: JudgeEvents,
    queue: QueuePolicy,
    judging: Judging,
    judge_state: watch::Sender<JudgeState>,
}

/// Who judges the submissions this server queues.
enum Judging {
    /// Workers in this process, with the judge settings.
    Here(Box<Settings>, usize),
    /// This many workers, judging through the judge's process at the other end of this link
    /// (see `crate::privileges`).
    Linked(std::os::unix::net::UnixStream, usize),
    /// `judge-worker` processes, or nobody.
    Elsewhere,
}

impl Application {
    /// Connects to and migrates the database, then binds the configured address (port 0 picks
    /// a free port, as tests do). Submissions are judged in this process by
    /// `judge.workers` workers.
    pub async fn build(settings: &Settings) -> Result<Self, StartupError> {
        let workers = settings.judge.worker_count();
        let judging = if workers > 0 {
            Judging::Here(Box::new(settings.clone()), workers)
        } else {
            Judging::Elsewhere
        };
        Self::build_judged_by(settings, judging).await
    }

    /// As `build`, for the web server of `serve` started as root, whose judge is the process at
    /// the other end of `link`.
    pub async fn build_beside_judge(
        settings: &Settings,
        link: std::os::unix::net::UnixStream,
    ) -> Result<Self, StartupError> {
        let judging = match settings.judge.worker_count() {
            0 => Judging::Elsewhere,
            workers => Judging::Linked(link, workers),
        };
        Self::build_judged_by(settings, judging).await
    }

    async fn build_judged_by(settings: &Settings, judging: Judging) -> Result<Self, StartupError> {
        let db = Db::connect(&settings.database_url(), settings.database.max_connections).await?;
        db.migrate().await?;
        let address = settings.server.address;
        let listener = TcpListener::bind(address)
            .await
            .map_err(|source| StartupError::Bind { address, source })?;
        let bound = listener
            .local_addr()
            .map_err(|source| StartupError::Bind { address, source })?;
        let leptos_options = leptos_options(settings, bound)?;
        let cookies = CookiePolicy {
            secure: settings.serves_https(),
            trust_forwarded_for: settings.server.trust_forwarded_for,
        };
        let judge_state = watch::Sender::new(match judging {
            Judging::Elsewhere => JudgeState::Off,
            Judging::Here(..) | Judging::Linked(..) => JudgeState::Starting,
        });
        let events = JudgeEvents::start(&db).await.map_err(DbError::Connect)?;
        let oauth = settings
            .oauth
            .as_ref()
            .map(|oauth| OAuthState::new(db.clone(), oauth, cookies))
            .transpose()
            .map_err(StartupError::OAuth)?;
        let mailer = Mailer::new(settings, settings.site_url(bound)).map_err(StartupError::Mail)?;
        let queue = QueuePolicy::from_settings(&settings.judge);
        let grader = Arc::new(crate::ai::Provider::from_settings(&settings.ai)?);
        let router = router(
            AppState {
                leptos_options,
                db: db.clone(),
                judge: judge_state.subscribe(),
                events: events.clone(),
                queue,
            },
            cookies,
            SignInOptions {
                oauth_provider: settings.oauth.as_ref().map(|o| o.provider_name.clone()),
            },
            oauth,
            mailer,
            grader,
        );
        Ok(Self {
            listener,
            router,
            db,
            events,
            queue,
            judging,
            judge_state,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Judging status changes, as pages will follow them.
    pub fn events(&self) -> &JudgeEvents {
        &self.events
    }

    /// Serves until SIGTERM or Ctrl-C, then finishes the requests under way and closes the
    /// database.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `signal` completes.
    pub async fn run_until(
        self,
        signal: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        tracing::info!(address = %self.local_addr(), "serving");
        let housekeeping = tokio::spawn(housekeeping(self.db.clone(), self.queue));
        let (stop_judging, judging_stopped) = tokio::sync::oneshot::channel();
        let judging = match self.judging {
            Judging::Here(settings, workers) => Some(queue::start_in_background(
                self.db.clone(),
                self.events.clone(),
                &settings,
                workers,
                self.judge_state.clone(),
                judging_stopped,
            )),
            Judging::Linked(link, workers) => {
                link.set_nonblocking(true)?;
                let link = tokio::net::UnixStream::from_std(link)?;
                Some(tokio::spawn(crate::submissions::link::serve_web_side(
                    link,
                    self.db.clone(),
                    self.events.clone(),
                    workers,
                    self.judge_state.clone(),
                    judging_stopped,
                )))
            }
            Judging::Elsewhere => None,
        };
        let service = self
            .router
            .into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(self.listener, service)
            .with_graceful_shutdown(signal)
            .await?;
        housekeeping.abort();
        // Workers hand what they were judging back to the queue before the database closes.
        let _ = stop_judging.send(());
        if let Some(judging) = judging {
            let _ = judging.await;
        }
        self.db.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

/// Leptos's own settings from the LEPTOS_* variables, with the address and site root from our
/// configuration.
fn leptos_options(settings: &Settings, bound: SocketAddr) -> Result<LeptosOptions, StartupError> {
    // LEPTOS_OUTPUT_NAME is set for every build (.cargo/config.toml), so Leptos's reading of
    // the LEPTOS_* variables always knows the client's file names.
    let mut options = get_configuration(None)
        .map_err(|e| StartupError::Leptos(e.to_string()))?
        .leptos_options;
    options.site_addr = bound;
    options.site_root = Arc::from(settings.server.site_root.to_string_lossy().as_ref());
    // A release build names its files after their content and says so in its hash file.
    options.hash_files = assets::hash_file(&options).is_some();
    Ok(options)
}

/// The app's routes, generated once per process. Generating them runs the app with resource
/// loading suppressed by a process-wide flag, so any page rendering at that moment would wait
/// forever (leptos-rs/leptos#4773); one generation before the first request avoids that when
/// several servers start in one process, as the tests do.
fn routes() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// Every route of the app behind one middleware stack: request ids, tracing, the cross-site
/// check and the session lookup. The OAuth routes come only with a configured provider.
fn router(
    state: AppState,
    cookies: CookiePolicy,
    sign_in: SignInOptions,
    oauth: Option<OAuthState>,
    mailer: Mailer,
    grader: Arc<crate::ai::Provider>,
) -> Router {
    let routes = routes();
    let db = state.db.clone();
    let events = state.events.clone();
    let queue = state.queue;
    let sessions = SessionLayerState {
        db: state.db.clone(),
        policy: cookies,
        assets_prefix: Arc::from(format!("/{}/", state.leptos_options.site_pkg_dir)),
    };
    let leptos_options = state.leptos_options.clone();
    // The built site's files with their caching policy; any other address gets the 404 page.
    let site_files = ServiceBuilder::new()
        .layer(middleware::from_fn(assets::cache_policy))
        .service(
            ServeDir::new(leptos_options.site_root.as_ref())
                .precompressed_br()
                .precompressed_gzip()
                .call_fallback_on_method_not_allowed(true)
                .fallback(
                    leptos_axum::file_and_error_handler::<AppState, _>(shell)
                        .with_state(state.clone()),
                ),
        );
    let request_id = HeaderName::from_static("x-request-id");
    Router::new()
        .route("/healthz", get(healthz))
        .route(
            "/api/submissions/{id}/events",
            get(crate::submissions::live::follow),
        )
        .leptos_routes_with_context(
            &state,
            routes,
            move || {
                provide_context(db.clone());
                provide_context(events.clone());
                provide_context(queue);
                provide_context(cookies);
                provide_context(sign_in.clone());
                provide_context(mailer.clone());
                provide_context(grader.clone());
            },
            move || shell(leptos_options.clone()),
        )
        .fallback_service(site_files)
        .layer(RequestBodyLimitLayer::new(MAX_REQUEST_BODY))
        // Problem uploads have a larger limit of their own.
        .merge(crate::problems::admin_routes())
        .merge(oauth.map(oauth::routes::<AppState>).unwrap_or_default())
        .layer(middleware::from_fn_with_state(
            sessions,
            guard::resolve_session,
        ))
        .layer(middleware::from_fn(guard::reject_cross_site))
        // Pages and server function answers; the site's files come precompressed where the
        // build made .br/.gz files, and live status streams are never compressed.
        .layer(CompressionLayer::new())
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(
            TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
                let id = request
                    .headers()
                    .get("x-request-id")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("-");
                tracing::info_span!(
                    "request",
                    method = %request.method(),
                    path = %request.uri().path(),
                    request_id = %id,
                )
            }),
        )
        .layer(SetRequestIdLayer::new(
            request_id,
            RequestCounter::default(),
        ))
        .with_state(state)
}

/// Gives each request an id unique within this process, for correlating its log lines.
#[derive(Clone, Default)]
struct RequestCounter(Arc<AtomicU64>);

impl MakeRequestId for RequestCounter {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let id = self.0.fetch_add(1, Ordering::Relaxed) + 1;
        axum::http::HeaderValue::from_str(&id.to_string())
            .ok()
            .map(RequestId::new)
    }
}

/// Every hour, removes expired sessions, OAuth flows, mailed tokens, stale rate-limit counters
/// and runs past their retention, so that no table grows without bound. Several servers doing
/// this at once is harmless.
async fn housekeeping(db: Db, queue: QueuePolicy) {
    let mut every_hour = tokio::time::interval(Duration::from_secs(60 * 60));
    loop {
        every_hour.tick().await;
        match crate::accounts::session::purge_expired(&db).await {
            Ok(removed) => tracing::debug!(removed, "purged expired sessions"),
            Err(error) => tracing::warn!(%error, "cannot purge expired sessions"),
        }
        if let Err(error) = oauth::purge_expired(&db).await {
            tracing::warn!(%error, "cannot purge expired OAuth flows");
        }
        if let Err(error) = crate::accounts::tokens::purge_expired(&db).await {
            tracing::warn!(%error, "cannot purge expired mailed tokens");
        }
        let day = Duration::from_secs(24 * 60 * 60);
        if let Err(error) = crate::rate_limit::purge_older_than(&db, day).await {
            tracing::warn!(%error, "cannot purge rate-limit counters");
        }
        match queue::purge_old_runs(&db, &queue).await {
            Ok(removed) => tracing::debug!(removed, "purged old runs"),
            Err(error) => tracing::warn!(%error, "cannot purge old runs"),
        }
    }
}

/// `GET /healthz`: 200 when the database answers within two seconds, 503 otherwise; it also
/// says in one word where this server's judge stands (which does not change the status: pages
/// are served either way, and submissions wait for a judge). Why a judge is unavailable is
/// for the server log, not for anyone asking.
async fn healthz(
    State(db): State<Db>,
    State(judge): State<watch::Receiver<JudgeState>>,
) -> impl IntoResponse {
    let healthy = matches!(
        tokio::time::timeout(Duration::from_secs(2), db.ping()).await,
        Ok(Ok(()))
    );
    let (status, database) = if healthy {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
    };
    let body = serde_json::json!({
        "status": if healthy { "ok" } else { "degraded" },
        "database": database,
        "judge": judge.borrow().label(),
    });
    (status, axum::Json(body))
}

/// Completes at the first SIGTERM or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
