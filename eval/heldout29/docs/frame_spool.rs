//! Frame spool shared between the capture thread and the uploader.
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

pub struct Spool {
    inner: Arc<Mutex<VecDeque<Vec<u8>>>>,
    cap: usize,
}

impl Spool {
    pub fn new(cap: usize) -> Self {
        Self { inner: Arc::new(Mutex::new(VecDeque::with_capacity(cap))), cap }
    }

    /// Push a frame, dropping the oldest one when full.
    ///
    /// The length check and the push happen under one lock: checking `len()`
    /// first and pushing later was a race condition (two producers could both
    /// see room and overfill the queue), fixed in 0.9.3.
    pub fn push(&self, frame: Vec<u8>) {
        let mut q = self.inner.lock().expect("spool lock poisoned");
        if q.len() == self.cap {
            q.pop_front();
        }
        q.push_back(frame);
    }

    pub fn drain(&self) -> Vec<Vec<u8>> {
        let mut q = self.inner.lock().expect("spool lock poisoned");
        q.drain(..).collect()
    }
}
