//! An on/off switch with a third look for "unknown": the list answer may carry no `enabled`
//! flag, and the switch must never claim a state it does not know.

use leptos::prelude::*;

use crate::i18n::Texts;

#[component]
pub fn Switch(
    /// The words, in the language of the moment: the switch's owner rebuilds it on a change of
    /// language, so the switch itself subscribes to nothing long-lived.
    texts: &'static Texts,
    /// The accessible name; it names the thing, not the state ("Enabled: 147"). It changes
    /// when a table row shows another extension.
    #[prop(into)]
    label: Signal<String>,
    /// `None` when the state is unknown.
    #[prop(into)]
    state: Signal<Option<bool>>,
    /// A request is in flight: the switch takes no click until it settles.
    #[prop(into)]
    busy: Signal<bool>,
    /// Says where a state not from the API comes from ("set here 27 Nov, 10:32").
    #[prop(into)]
    set_here: Signal<Option<String>>,
    /// Called with the state asked for: the opposite of the current one, or "on" when unknown.
    on_change: Callback<bool>,
) -> impl IntoView {
    // The label of the last build: a switch that now stands for another extension (a table
    // row rewritten for a new page) takes its state at once. Only a change of the same one
    // slides; fifty sliding switches would repaint the table for every frame of the slide.
    let last = StoredValue::new(String::new());
    // One reactive closure for the whole switch, not one per attribute: a page of rows builds
    // fifty of them. A change rebuilds the same elements in place, so the focus stays.
    move || {
        let (now, busy_now, note, label) = (state.get(), busy.get(), set_here.get(), label.get());
        let moved = last.try_with_value(|l| *l != label).unwrap_or(true);
        if moved {
            last.try_update_value(|l| l.clone_from(&label));
        }
        // Ties the "unknown" explanation and the note to the switch for screen readers.
        let describe_id = format!(
            "switch-{}",
            label.replace(|c: char| !c.is_ascii_alphanumeric(), "-")
        );
        let note_id = format!("{describe_id}-note");
        let checked = match now {
            Some(true) => "true",
            Some(false) => "false",
            None => "mixed",
        };
        let word = texts.state(now);
        let described = [
            now.is_none().then_some(describe_id.as_str()),
            note.is_some().then_some(note_id.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let busy_attr = busy_now.then_some("true");
        view! {
            <button type="button" role="switch" class=if moved { "switch instant" } else { "switch" }
                aria-label=label
                aria-checked=checked
                aria-describedby=(!described.is_empty()).then_some(described)
                aria-busy=busy_attr
                // aria-disabled, not disabled: a disabled button drops the keyboard focus.
                aria-disabled=busy_attr
                on:click=move |_| {
                    if !busy.get_untracked() {
                        on_change.run(!state.get_untracked().unwrap_or(false));
                    }
                }>
                <span class="track" aria-hidden="true"><span class="knob"></span></span>
                <span class="word" aria-hidden="true">{word}</span>
            </button>
            {now.is_none().then(|| {
                view! { <span id=describe_id class="visually-hidden">{texts.state_unknown_hint}</span> }
            })}
            {note.map(|note| view! {
                <span id=note_id class="set-here" title=texts.set_here_hint>{note}</span>
            })}
        }
    }
}
