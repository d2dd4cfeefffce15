//! dev-api: the stand-in for the vendor's call-center API, for the demo and the tests.
//!
//! Usage: dev-api [--port N] [--host ADDR] [--static DIR [--prefix /PATH]] [--groups N]
//!                [--extensions N] [--no-cors] [--latency MS]

use std::path::PathBuf;

fn main() {
    let mut opts = dev_api::Options::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next().unwrap_or_else(|| {
                eprintln!("dev-api: {name} needs a value");
                std::process::exit(2)
            })
        };
        match arg.as_str() {
            "--port" => opts.port = number(&value("--port")),
            "--host" => opts.host = value("--host"),
            "--static" => opts.static_dir = Some(PathBuf::from(value("--static"))),
            "--prefix" => opts.static_prefix = Some(prefix(&value("--prefix"))),
            "--groups" => opts.groups = number(&value("--groups")),
            "--extensions" => opts.extensions = number(&value("--extensions")),
            "--no-cors" => opts.cors = false,
            "--latency" => {
                opts.latency = std::time::Duration::from_millis(number(&value("--latency")));
            }
            "-h" | "--help" => {
                println!("usage: dev-api [--port N (0 picks a free one)] [--host ADDR] [--static DIR [--prefix /PATH]] [--groups N] [--extensions N] [--no-cors] [--latency MS]");
                return;
            }
            other => {
                eprintln!("dev-api: unknown argument {other}; see --help");
                std::process::exit(2)
            }
        }
    }
    let runtime = tokio::runtime::Runtime::new().unwrap_or_else(|e| {
        eprintln!("dev-api: cannot start the runtime: {e}");
        std::process::exit(1)
    });
    if let Err(e) = runtime.block_on(dev_api::serve(opts)) {
        eprintln!("dev-api: {e}");
        std::process::exit(1);
    }
}

fn number<T: std::str::FromStr>(s: &str) -> T {
    s.parse().unwrap_or_else(|_| {
        eprintln!("dev-api: {s} is not a number");
        std::process::exit(2)
    })
}

/// `/switchboard/` or `switchboard` as the `/switchboard` the router nests under.
fn prefix(s: &str) -> String {
    let p = format!("/{}", s.trim_matches('/'));
    if p == "/" {
        eprintln!("dev-api: --prefix needs a path below the root, e.g. /switchboard");
        std::process::exit(2)
    }
    p
}
