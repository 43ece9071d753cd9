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


def test_the_model_keeps_a_runs_words_up_to_a_bound_and_reads_the_same_either_way(monkeypatch):
    from ftextract import nlp
    from ftextract.document import Document

    vocab = nlp.model().vocab  # len(vocab) counts every word the model has made, kept or freed
    monkeypatch.setattr(nlp, "PERMANENT_WORDS", len(vocab) + 1_000_000)
    text = "Les Zorbulinettes de Quaxville-sur-Brême ont gagné."
    kept_doc = next(nlp.analyze_many([Document(text)]))
    made = len(vocab)
    next(nlp.analyze_many([Document(text)]))
    assert len(vocab) == made  # kept: the next chunk does not make them again

    monkeypatch.setattr(nlp, "PERMANENT_WORDS", len(vocab))  # full: a chunk's new words are freed after it
    other = "Les Fribouldages de Pimpernelle-lès-Vaux ont perdu."
    next(nlp.analyze_many([Document(other)]))
    made = len(vocab)
    next(nlp.analyze_many([Document(other)]))
    assert len(vocab) > made  # made again, so they were not kept
    assert next(nlp.analyze_many([Document(text)])) == kept_doc
