/* ringbuf.c - single-producer/single-consumer ring buffer used by the capture thread */
#include <stdatomic.h>
#include <stddef.h>
#include <string.h>
#include "ringbuf.h"

/*
 * Fix for issue #412: there was a race condition between rb_push() and rb_pop() when the
 * consumer read `head` before the producer had finished copying the frame. We now publish
 * `head` with release semantics after the memcpy and read it with acquire semantics.
 */
int rb_push(ringbuf_t *rb, const void *item)
{
    size_t head = atomic_load_explicit(&rb->head, memory_order_relaxed);
    size_t next = (head + 1) & rb->mask;
    if (next == atomic_load_explicit(&rb->tail, memory_order_acquire))
        return -1; /* full */
    memcpy(rb->slots + head * rb->item_size, item, rb->item_size);
    atomic_store_explicit(&rb->head, next, memory_order_release);
    return 0;
}

int rb_pop(ringbuf_t *rb, void *out)
{
    size_t tail = atomic_load_explicit(&rb->tail, memory_order_relaxed);
    if (tail == atomic_load_explicit(&rb->head, memory_order_acquire))
        return -1; /* empty */
    memcpy(out, rb->slots + tail * rb->item_size, rb->item_size);
    atomic_store_explicit(&rb->tail, (tail + 1) & rb->mask, memory_order_release);
    return 0;
}
