//! The one bound on how many requests the console has out at once for a fan-out (every page of
//! a list, a bulk change): at most [`IN_FLIGHT`], their answers taken in the order asked. An
//! API that asks to slow down (HTTP 429, or 503 with `Retry-After`) is waited out as told, the
//! bound is halved until the fan-out is over, and the request is sent again, at most
//! [`RETRIES`] times. To change the bound, change the constant and rebuild.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Poll, Waker};
use std::time::Duration;

use futures::stream::{self, Stream, StreamExt};

/// Requests in flight at most: enough to hide most of a distant API's round trip, few enough
/// that a vendor's rate limit is not the first thing a bulk meets.
pub const IN_FLIGHT: usize = 4;

/// How many times one request is sent again after the API asked to slow down.
pub const RETRIES: u32 = 3;

/// Runs `work` with at most [`IN_FLIGHT`] of it going at once, yielding each result in the
/// order of `work`. Work not yet started when the stream is dropped is never started.
pub fn in_order<F: Future>(work: impl IntoIterator<Item = F>) -> impl Stream<Item = F::Output> {
    stream::iter(work).buffered(IN_FLIGHT)
}

type Sleep = Box<dyn Fn(Duration) -> Pin<Box<dyn Future<Output = ()>>>>;
type Tell = Rc<dyn Fn(u32)>;

/// The requests of every fan-out share one pool, so that two at once still keep the bound.
pub struct Pool {
    /// How many may be in flight now: [`IN_FLIGHT`], halved by each request to slow down.
    limit: Cell<usize>,
    going: Cell<usize>,
    /// Pieces of work started and not finished, in flight or waiting.
    users: Cell<usize>,
    /// Waits for the API in progress: nothing new starts meanwhile.
    pausing: Cell<usize>,
    waiting: RefCell<Vec<Waker>>,
    sleep: Sleep,
    /// Told the seconds of each wait, for the admin to read.
    on_wait: RefCell<Option<Tell>>,
}

impl Pool {
    pub fn new(sleep: Sleep) -> Pool {
        Pool {
            limit: Cell::new(IN_FLIGHT),
            going: Cell::new(0),
            users: Cell::new(0),
            pausing: Cell::new(0),
            waiting: RefCell::new(Vec::new()),
            sleep,
            on_wait: RefCell::new(None),
        }
    }

    /// What is told of each wait ("going on in 5 s").
    pub fn tell_waits(&self, tell: Tell) {
        *self.on_wait.borrow_mut() = Some(tell);
    }

    /// Runs `work` once a place is free; when its error is the API asking to wait
    /// (`wait_of` gives the seconds), waits, halves the bound and runs it again.
    pub async fn run<T, E, W: Future<Output = Result<T, E>>>(
        &self,
        work: impl Fn() -> W,
        wait_of: impl Fn(&E) -> Option<u32>,
    ) -> Result<T, E> {
        let _using = Using::new(self);
        let mut tries = 0;
        loop {
            let place = self.place().await;
            let result = work().await;
            drop(place);
            match result.as_ref().err().and_then(&wait_of) {
                Some(secs) if tries < RETRIES => {
                    tries += 1;
                    self.pause(secs).await;
                }
                _ => return result,
            }
        }
    }

    fn place(&self) -> impl Future<Output = Place<'_>> + '_ {
        std::future::poll_fn(move |cx| {
            if self.pausing.get() == 0 && self.going.get() < self.limit.get() {
                self.going.set(self.going.get() + 1);
                Poll::Ready(Place(self))
            } else {
                self.waiting.borrow_mut().push(cx.waker().clone());
                Poll::Pending
            }
        })
    }

    fn wake(&self) {
        let waiting = std::mem::take(&mut *self.waiting.borrow_mut());
        waiting.into_iter().for_each(Waker::wake);
    }

    async fn pause(&self, secs: u32) {
        // Answers of one burst that all say "slow down" halve the bound once.
        if self.pausing.get() == 0 {
            self.limit.set((self.limit.get() / 2).max(1));
            let tell = self.on_wait.borrow().clone();
            if let Some(tell) = tell {
                tell(secs);
            }
        }
        self.pausing.set(self.pausing.get() + 1);
        (self.sleep)(Duration::from_secs(u64::from(secs))).await;
        self.pausing.set(self.pausing.get() - 1);
        self.wake();
    }
}

/// A request in flight; its place is given back however its work ends (dropped too).
struct Place<'a>(&'a Pool);

impl Drop for Place<'_> {
    fn drop(&mut self) {
        let pool = self.0;
        pool.going.set(pool.going.get().saturating_sub(1));
        pool.wake();
    }
}

/// One piece of work using the pool: when none is left, the fan-out is over and the next one
/// starts at full pace.
struct Using<'a>(&'a Pool);

impl<'a> Using<'a> {
    fn new(pool: &'a Pool) -> Self {
        pool.users.set(pool.users.get() + 1);
        Using(pool)
    }
}

impl Drop for Using<'_> {
    fn drop(&mut self) {
        let pool = self.0;
        pool.users.set(pool.users.get().saturating_sub(1));
        if pool.users.get() == 0 {
            pool.limit.set(IN_FLIGHT);
        }
    }
}

thread_local! {
    static SHARED: Rc<Pool> = Rc::new(Pool::new(Box::new(sleep)));
}

/// The pool every client of this page uses.
pub fn shared() -> Rc<Pool> {
    SHARED.with(Rc::clone)
}

/// Resolves after `d`, in a later task of the page: a zero wait gives the page a turn.
pub fn sleep(d: Duration) -> Pin<Box<dyn Future<Output = ()>>> {
    let (done, wait) = futures::channel::oneshot::channel::<()>();
    leptos::prelude::set_timeout(
        move || {
            let _ = done.send(());
        },
        d,
    );
    Box::pin(async move {
        let _ = wait.await;
    })
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};
    use std::future::Future;
    use std::pin::Pin;
    use std::rc::Rc;
    use std::task::{Context, Poll};
    use std::time::Duration;

    use futures::StreamExt;

    use super::{in_order, Pool, IN_FLIGHT, RETRIES};

    /// Pending `n` times, then ready: the work of a request whose answer comes later, or a
    /// fake clock's wait.
    struct Later(u32);

    impl Future for Later {
        type Output = ();
        fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            if self.0 == 0 {
                return Poll::Ready(());
            }
            self.0 -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }

    /// A pool on a fake clock that notes each wait asked of it.
    fn pool() -> (Rc<Pool>, Rc<RefCell<Vec<Duration>>>) {
        let slept = Rc::new(RefCell::new(Vec::new()));
        let noted = slept.clone();
        let pool = Pool::new(Box::new(move |d| {
            noted.borrow_mut().push(d);
            Box::pin(Later(3))
        }));
        (Rc::new(pool), slept)
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
                Later(10 - i).await;
                going.set(going.get() - 1);
                i
            }
        });
        let got: Vec<u32> = futures::executor::block_on(in_order(work).collect());
        assert_eq!(got, (0..10).collect::<Vec<_>>());
        assert_eq!(most.get(), IN_FLIGHT);
    }

    #[test]
    fn asked_to_slow_down_it_waits_as_told_halves_the_bound_and_sends_again() {
        let (pool, slept) = pool();
        let (going, most_after) = (Cell::new(0), Cell::new(0));
        let (slowed, tries) = (Cell::new(false), Cell::new(0));
        let told = Rc::new(Cell::new(None));
        let told_here = told.clone();
        pool.tell_waits(Rc::new(move |s| told_here.set(Some(s))));
        let work = (0..12).map(|i| {
            let (pool, going, most_after) = (&pool, &going, &most_after);
            let (slowed, tries) = (&slowed, &tries);
            pool.run(
                move || async move {
                    going.set(going.get() + 1);
                    if slowed.get() {
                        most_after.set(most_after.get().max(going.get()));
                    }
                    Later(2).await;
                    going.set(going.get() - 1);
                    if i == 3 {
                        tries.set(tries.get() + 1);
                        if tries.get() == 1 {
                            slowed.set(true);
                            return Err(5);
                        }
                    }
                    Ok(i)
                },
                |e: &u32| Some(*e),
            )
        });
        let got: Vec<Result<u32, u32>> = futures::executor::block_on(in_order(work).collect());
        assert_eq!(got, (0..12).map(Ok).collect::<Vec<_>>());
        assert_eq!(*slept.borrow(), vec![Duration::from_secs(5)]);
        assert_eq!(told.get(), Some(5));
        assert_eq!(tries.get(), 2);
        assert!(most_after.get() <= IN_FLIGHT / 2, "{}", most_after.get());
        // The fan-out over, the next one goes at full pace.
        assert_eq!(pool.limit.get(), IN_FLIGHT);
    }

    #[test]
    fn a_request_is_sent_again_a_bounded_number_of_times() {
        let (pool, slept) = pool();
        let tries = Cell::new(0);
        let work = || async {
            tries.set(tries.get() + 1);
            Err::<(), u32>(2)
        };
        let got = futures::executor::block_on(pool.run(work, |e| Some(*e)));
        assert_eq!(got, Err(2));
        assert_eq!(tries.get(), RETRIES + 1);
        assert_eq!(slept.borrow().len(), RETRIES as usize);
        // Another failure is not retried at all.
        let tries = Cell::new(0);
        let other = || async {
            tries.set(tries.get() + 1);
            Err::<(), u32>(500)
        };
        let got = futures::executor::block_on(pool.run(other, |_| None));
        assert_eq!(got, Err(500));
        assert_eq!(tries.get(), 1);
    }

    #[test]
    fn what_was_not_started_when_the_stream_is_dropped_is_never_started() {
        let started = Cell::new(0);
        let work = (0..20).map(|i| {
            let started = &started;
            async move {
                started.set(started.get() + 1);
                Later(1).await;
                i
            }
        });
        let first: Vec<u32> = futures::executor::block_on(in_order(work).take(2).collect());
        assert_eq!(first, vec![0, 1]);
        assert!(started.get() <= 2 + IN_FLIGHT, "{}", started.get());
    }
}
