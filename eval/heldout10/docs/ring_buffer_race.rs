//! Regression test for the data race found in `RingBuffer::push` (issue #212).
//!
//! Before the fix, two producers could observe the same `tail` and both write
//! into the same slot. Run under ThreadSanitizer:
//! `RUSTFLAGS="-Zsanitizer=thread" cargo +nightly test --test ring_buffer_race`

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

use ringq::RingBuffer;

#[test]
fn concurrent_push_has_no_lost_writes() {
    let buf = Arc::new(RingBuffer::<u64>::with_capacity(1 << 16));
    let pushed = Arc::new(AtomicUsize::new(0));
    let producers: Vec<_> = (0..4)
        .map(|p| {
            let buf = Arc::clone(&buf);
            let pushed = Arc::clone(&pushed);
            thread::spawn(move || {
                for i in 0..10_000u64 {
                    // A race condition here used to drop roughly 0.1% of items.
                    while buf.push(p * 1_000_000 + i).is_err() {
                        std::hint::spin_loop();
                    }
                    pushed.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for t in producers {
        t.join().unwrap();
    }
    assert_eq!(pushed.load(Ordering::SeqCst), 40_000);
    assert_eq!(buf.len(), 40_000);
}
