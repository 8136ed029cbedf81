package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The result cache with real threads: one computation per key in flight, nothing kept across a write. */
class ResultCacheTest {
    @Test
    void concurrentRequestsForOneKeyShareOneComputation() throws Exception {
        ResultCache cache = new ResultCache();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> cache.get("stats?{}", () -> {
                    computed.incrementAndGet();
                    await(release);
                    return "counts";
                })));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<String> f : answers) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("counts");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computed).hasValue(1);
        assertThat(cache.get("stats?{}", () -> "recomputed")).isEqualTo("counts");
    }

    @Test
    void aComputationThatStartedBeforeAWriteIsNotKeptAfterIt() {
        ResultCache cache = new ResultCache();
        assertThat(cache.get("count?{}", () -> {
            cache.clear();
            return 1L;
        })).isEqualTo(1L);
        assertThat(cache.size()).isZero();
        assertThat(cache.get("count?{}", () -> 2L)).isEqualTo(2L);
        cache.clear();
        assertThat(cache.get("count?{}", () -> 3L)).isEqualTo(3L);
    }

    @Test
    void aFailureReachesTheCallerAndIsNotCached() {
        ResultCache cache = new ResultCache();
        assertThatThrownBy(() -> cache.get("grid?{}", () -> {
            throw new IllegalStateException("database locked");
        })).hasMessage("database locked");
        assertThat(cache.get("grid?{}", () -> "cells")).isEqualTo("cells");
    }

    @Test
    void cachedPagesAreBoundedInBytesOldestDroppedFirst() {
        ResultCache cache = new ResultCache();
        int page = (int) (ResultCache.MAX_BYTES / 4) + 1;
        for (int i = 0; i < 4; i++) {
            int n = i;
            cache.get("page?" + n, () -> new byte[page]);
        }
        assertThat(cache.size()).isEqualTo(3);
        AtomicInteger recomputed = new AtomicInteger();
        cache.get("page?0", () -> {
            recomputed.incrementAndGet();
            return new byte[1];
        });
        assertThat(recomputed).hasValue(1);
        assertThat(ResultCache.key("page", Map.of("limit", List.of("5"), "cursor", List.of("x")), "cursor"))
                .isEqualTo("page?{limit=5}");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
