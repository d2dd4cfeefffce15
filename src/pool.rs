//! The one bound on how many requests the console has out at once for a fan-out (every page of
//! a list): at most [`IN_FLIGHT`], their answers taken in the order asked. To change it, change
//! the constant and rebuild.

use std::future::Future;

use futures::stream::{self, Stream, StreamExt};

/// Requests in flight at most: enough to hide most of a distant API's round trip, few enough
/// that a vendor's rate limit is not the first thing a bulk meets.
pub const IN_FLIGHT: usize = 4;

/// Runs `work` with at most [`IN_FLIGHT`] of it going at once, yielding each result in the
/// order of `work`. Dropping the stream drops what is still going.
pub fn in_order<F: Future>(work: impl IntoIterator<Item = F>) -> impl Stream<Item = F::Output> {
    stream::iter(work).buffered(IN_FLIGHT)
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::future::Future;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    use futures::StreamExt;

    use super::{in_order, IN_FLIGHT};

    /// Pending once, then ready: the work of a request whose answer comes later.
    struct Later(bool);

    impl Future for Later {
        type Output = ();
        fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            if self.0 {
                return Poll::Ready(());
            }
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }

    #[test]
    fn at_most_in_flight_at_once_and_answers_in_the_order_asked() {
        let (going, most) = (Cell::new(0), Cell::new(0));
        let work = (0..10).map(|i| {
            let (going, most) = (&going, &most);
            async move {
                going.set(going.get() + 1);
                most.set(most.get().max(going.get()));
                // The later ones answer first.
                for _ in 0..(10 - i) {
                    Later(false).await;
                }
                going.set(going.get() - 1);
                i
            }
        });
        let got: Vec<i32> = futures::executor::block_on(in_order(work).collect());
        assert_eq!(got, (0..10).collect::<Vec<_>>());
        assert_eq!(most.get(), IN_FLIGHT);
    }
}
