"""How a run cuts its articles into chunks: large in one process (the model makes its new words
once a chunk), small enough with several workers that none waits while another has work."""

from ftextract.batch import CHUNK, chunk_size


def test_one_process_reads_in_large_chunks():
    assert chunk_size(1000, 1) == CHUNK == 48
    assert chunk_size(10, 1) == CHUNK  # a short run is one chunk


def test_every_worker_gets_several_chunks_of_a_short_run():
    size = chunk_size(60, 2)
    assert -(-60 // size) >= 2 * 2  # at least two chunks for each of the two workers
    assert chunk_size(20, 16) == 8  # never chunks so small the model pass loses its batch


def test_a_long_run_on_many_workers_keeps_large_chunks():
    assert chunk_size(100_000, 16) == CHUNK
