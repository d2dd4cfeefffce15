//! Signing in: the API base URL and an access token (or an API key, exchanged for a token that
//! is kept instead of the key), checked against the API before they are kept.

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::api::{self, ApiError, BadBaseUrl, Client, ListQuery};
use crate::base_path;
use crate::components::error_panel::ErrorMessage;
use crate::components::lang_switch::LangSwitch;
use crate::i18n::tr;
use crate::i18n::use_texts;
use crate::lang::use_lang;
use crate::session::{jwt_expiry, recent_base_urls, use_auth, Ended, Session};
use crate::text::{from_now, now_secs};

/// What the form could not accept, shown under it.
#[derive(Clone, Debug, PartialEq)]
enum Problem {
    BaseUrl(BadBaseUrl),
    /// The probe found the console's own pages at the base URL, not the API.
    ConsoleAddress,
    Token,
    /// A JWT whose `exp` has passed, seconds ago.
    Expired(i64),
    Api(ApiError),
}

/// What the admin pasted: a token to use as is, or an API key to exchange for one.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Credential {
    Token,
    ApiKey,
}

/// Where to go after signing in: the `next` query (an app path) if the browser, resolving it as
/// it would a link, keeps it on this origin and under the app's root. Checking the text alone is
/// not enough: browsers read `/\host` and `/<tab>/host` as `//host`, another site.
fn return_path(next: Option<String>) -> String {
    next.and_then(|next| {
        let location = web_sys::window()?.location();
        let url =
            web_sys::Url::new_with_base(&base_path::href(&next), &location.href().ok()?).ok()?;
        if url.origin() != location.origin().ok()? {
            return None;
        }
        let path = base_path::inside_app(&url.pathname())?.to_string();
        (!path.starts_with("/sign-in")).then(|| format!("{path}{}{}", url.search(), url.hash()))
    })
    .unwrap_or_else(|| "/extensions".to_string())
}

/// What the form holds, as a session to check, or what is wrong with it (`now` in seconds).
fn accept(base_url: &str, token: &str, kind: Credential, now: i64) -> Result<Session, Problem> {
    let base_url = api::normalize_base_url(base_url).map_err(Problem::BaseUrl)?;
    let token = token.trim().to_string();
    if token.is_empty() {
        return Err(Problem::Token);
    }
    if let Some(exp) = jwt_expiry(&token).filter(|_| kind == Credential::Token) {
        if exp <= now {
            return Err(Problem::Expired(now - exp));
        }
    }
    Ok(Session { base_url, token })
}

/// Exchanges an API key, then checks the token with the smallest list call before it is kept.
async fn check(mut s: Session, kind: Credential) -> Result<Session, ApiError> {
    if kind == Credential::ApiKey {
        s.token = api::exchange_api_key(&s.base_url, &s.token).await?;
    }
    let client = Client::new(&s.base_url, &s.token, Rc::new(|| ()));
    let probe = ListQuery {
        page: 1,
        size: 1,
        keyword: String::new(),
    };
    client.extensions(&probe, None).await.map(|_| s)
}

/// What is wrong with the form, in words.
#[component]
fn ProblemMessage(problem: RwSignal<Option<Problem>>, kind: RwSignal<Credential>) -> impl IntoView {
    let (t, lang) = (use_texts(), use_lang());
    move || {
        let t = t();
        let text = match problem.get()? {
            Problem::BaseUrl(BadBaseUrl::NotHttp) => t.base_url_invalid.to_string(),
            Problem::BaseUrl(BadBaseUrl::Credentials) => t.base_url_credentials.to_string(),
            Problem::ConsoleAddress => t.base_url_is_console.to_string(),
            Problem::Token if kind.get() == Credential::ApiKey => t.api_key_required.to_string(),
            Problem::Token => t.token_required.to_string(),
            Problem::Expired(ago) => (t.token_expired_at)(&from_now(-ago, lang.get())),
            Problem::Api(e) => return Some(view! { <ErrorMessage error=e /> }.into_any()),
        };
        Some(text.into_any())
    }
}

/// Why the last session ended, if it ended by itself (expiry, another tab).
#[component]
fn EndedNotice() -> impl IntoView {
    let (auth, t) = (use_auth(), use_texts());
    view! {
        <Show when=move || auth.ended.get().is_some()>
            <p class="notice" role="status">{move || match auth.ended.get() {
                Some(Ended::OtherTab) => t().signed_out_other_tab,
                _ => t().signed_out_expired,
            }}</p>
        </Show>
    }
}

/// A token, or an API key to exchange for one.
#[component]
fn CredentialChoice(kind: RwSignal<Credential>) -> impl IntoView {
    view! {
        <fieldset class="choice">
            <legend>{tr(|t| t.credential)}</legend>
            <label class="check">
                <input type="radio" name="credential" prop:checked=move || kind.get() == Credential::Token
                    on:change=move |_| kind.set(Credential::Token) />
                {tr(|t| t.use_token)}
            </label>
            <label class="check">
                <input type="radio" name="credential" prop:checked=move || kind.get() == Credential::ApiKey
                    on:change=move |_| kind.set(Credential::ApiKey) />
                {tr(|t| t.use_api_key)}
            </label>
        </fieldset>
    }
}

fn page_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let auth = use_auth();
    let t = use_texts();
    let recent = recent_base_urls();
    let query = use_query_map();
    let navigate = use_navigate();
    let previous = auth.session.get_untracked();

    let base_url = RwSignal::new(
        previous
            .as_ref()
            .map(|s| s.base_url.clone())
            .unwrap_or_else(page_origin),
    );
    let token = RwSignal::new(String::new());
    let kind = RwSignal::new(Credential::Token);
    let remember = RwSignal::new(false);
    let problem = RwSignal::new(None::<Problem>);

    let check = Action::new_local(move |(s, kind): &(Session, Credential)| check(s.clone(), *kind));
    Effect::new(move |_| match check.value().get() {
        Some(Ok(s)) => {
            auth.sign_in(s, remember.get_untracked());
            let next = return_path(query.get_untracked().get("next"));
            navigate(
                &next,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
        // The console's own address answers the API's paths with its own page: no API there.
        Some(Err(ApiError::Malformed))
            if api::normalize_base_url(&page_origin()).ok()
                == api::normalize_base_url(&base_url.get_untracked()).ok() =>
        {
            problem.set(Some(Problem::ConsoleAddress))
        }
        Some(Err(e)) => problem.set(Some(Problem::Api(e))),
        None => {}
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let kind_now = kind.get_untracked();
        let session = match accept(
            &base_url.get_untracked(),
            &token.get_untracked(),
            kind_now,
            now_secs(),
        ) {
            Ok(session) => session,
            Err(p) => {
                problem.set(Some(p));
                return;
            }
        };
        problem.set(None);
        check.dispatch((session, kind_now));
    };

    view! {
        <main class="sign-in">
            <div class="sign-in-lang"><LangSwitch /></div>
            <form class="card" on:submit=submit novalidate>
                <h1>{tr(|t| t.sign_in_title)}</h1>
                <p class="muted">{tr(|t| t.sign_in_intro)}</p>
                <EndedNotice />
                <label for="base-url">{tr(|t| t.base_url)}</label>
                <input id="base-url" name="base-url" type="url" autocomplete="url" required list="recent-base-urls"
                    aria-describedby="base-url-hint"
                    prop:value=base_url on:input=move |ev| base_url.set(event_target_value(&ev)) />
                // This site first: where the API is proxied on the console's own origin
                // (deploy/nginx.conf), the way round an API that allows no other origin.
                <datalist id="recent-base-urls">
                    <option value=page_origin() label=tr(|t| t.this_site)></option>
                    {recent.into_iter().map(|u| view! { <option value=u></option> }).collect_view()}
                </datalist>
                <small id="base-url-hint" class="muted">{tr(|t| t.base_url_hint)}</small>
                <CredentialChoice kind />
                <label for="token">{move || if kind.get() == Credential::ApiKey { t().api_key } else { t().access_token }}</label>
                <input id="token" name="token" type="password" autocomplete="off" required
                    prop:value=token on:input=move |ev| token.set(event_target_value(&ev)) />
                <label class="check">
                    <input type="checkbox" prop:checked=remember
                        on:change=move |ev| remember.set(event_target_checked(&ev)) />
                    {tr(|t| t.remember)}
                </label>
                <p class="error" role="alert"><ProblemMessage problem kind /></p>
                <button type="submit" class="primary" disabled=move || check.pending().get()>
                    {move || if check.pending().get() { t().signing_in } else { t().sign_in }}
                </button>
            </form>
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_is_accepted_or_says_what_is_wrong() {
        let now = 2_000_000_000;
        let ok = accept(
            " https://api.example.vn/api/ ",
            " tok ",
            Credential::Token,
            now,
        );
        assert_eq!(
            ok,
            Ok(Session {
                base_url: "https://api.example.vn".into(),
                token: "tok".into()
            })
        );
        let bad = |base: &str, token: &str| accept(base, token, Credential::Token, now).err();
        assert_eq!(
            bad("ftp://x", "t"),
            Some(Problem::BaseUrl(BadBaseUrl::NotHttp))
        );
        assert_eq!(
            bad("https://u:p@x", "t"),
            Some(Problem::BaseUrl(BadBaseUrl::Credentials))
        );
        assert_eq!(bad("https://x", "  "), Some(Problem::Token));
        // A JWT whose exp (1,000 s before now) has passed; an API key is not a JWT to check.
        let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE5OTk5OTkwMDB9.c2ln";
        assert_eq!(bad("https://x", jwt), Some(Problem::Expired(1000)));
        assert!(accept("https://x", jwt, Credential::ApiKey, now).is_ok());
    }
}
