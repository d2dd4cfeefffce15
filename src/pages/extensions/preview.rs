//! Before a bulk disable is sent: the groups the selected extensions are in, and how many
//! members of each would be left not known to be disabled. A group that would be left with
//! none needs the admin's explicit word before anything is sent.

use leptos::prelude::*;

use super::impact::Impact;
use crate::components::links::GroupLink;
use crate::i18n::{tr, use_texts};
use crate::membership::Affected;

/// Groups listed before "N more": the warnings come first.
const GROUPS_SHOWN: usize = 20;

#[component]
pub fn DisablePreview(
    /// The extensions to be disabled.
    sips: Signal<Vec<String>>,
    impact: Impact,
    on_go: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let t = use_texts();
    let understood = RwSignal::new(false);
    let found = Memo::new(move |_| sips.with(|s| impact.of(s)));
    let warned = move || {
        found.with(|f| match f {
            Some(Ok(hit)) => hit.iter().filter(|a| a.left_with_none()).count(),
            _ => 0,
        })
    };
    let n = move || sips.with(Vec::len);
    let body = move || match found.get() {
        None => view! {
            <p role="status">
                {move || match impact.progress() {
                    Some(p) => (t().reading_extensions)(p.read, p.total),
                    None => t().reading_groups.to_string(),
                }}
            </p>
        }
        .into_any(),
        Some(Err(e)) => view! {
            <p role="alert">{move || format!("{} {}", t().preview_failed, t().error(&e))}</p>
            <button type="button" on:click=move |_| impact.load()>{tr(|t| t.retry)}</button>
        }
        .into_any(),
        Some(Ok(hit)) if hit.is_empty() => {
            view! { <p>{tr(|t| t.preview_no_groups)}</p> }.into_any()
        }
        Some(Ok(hit)) => view! { <Touched hit /> }.into_any(),
    };
    let go_words = move || match found.with(|f| matches!(f, Some(Err(_)))) {
        true => t().disable_unchecked.to_string(),
        false => (t().preview_go)(n()),
    };
    let held = move || found.with(Option::is_none) || (warned() > 0 && !understood.get());
    view! {
        <section class="preview" aria-labelledby="preview-title">
            <h2 id="preview-title">{move || (t().preview_title)(n())}</h2>
            {body}
            <Show when=move || { warned() > 0 }>
                <label class="understood">
                    <input type="checkbox" prop:checked=understood
                        on:change=move |ev| understood.set(event_target_checked(&ev)) />
                    {move || (t().preview_understood)(warned())}
                </label>
            </Show>
            <div class="actions">
                <button type="button" class="danger" disabled=held on:click=move |_| on_go.run(())>
                    {go_words}
                </button>
                <button type="button" on:click=move |_| on_cancel.run(())>{tr(|t| t.cancel)}</button>
            </div>
        </section>
    }
}

/// The groups touched, those the disable would leave with no one first.
#[component]
fn Touched(mut hit: Vec<Affected>) -> impl IntoView {
    let t = use_texts();
    hit.sort_by_key(|a| (!a.left_with_none(), a.after));
    let more = hit.len().saturating_sub(GROUPS_SHOWN);
    let warned = hit.iter().filter(|a| a.left_with_none()).count();
    hit.truncate(GROUPS_SHOWN);
    view! {
        {(warned > 0).then(|| view! {
            <p class="warning" role="alert">{move || (t().preview_warning)(warned)}</p>
        })}
        <ul class="touched">
            {hit.into_iter().map(|a| {
                let (after, members, none) = (a.after, a.members, a.left_with_none());
                view! {
                    <li class:warn=none>
                        <GroupLink g=a.group />" "
                        <span>{move || (t().preview_left)(after, members)}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
        {(more > 0).then(|| view! { <p class="muted">{move || (t().n_more)(more)}</p> })}
    }
}
