//! Admin problem management over HTTP.
