-- The introduction model each book ranks pairs with (see dev.kith.intros.IntroModel): fitted on the book's
-- history of ties, which takes seconds on a large book, so it is kept until the history has grown or
-- shrunk by a tenth. model: the means, standard deviations and weights of the features, then the
-- intercept, as numbers separated by spaces.
CREATE TABLE intro_models (
    book_id    BIGINT           PRIMARY KEY REFERENCES books (id) ON DELETE CASCADE,
    events     INTEGER          NOT NULL CHECK (events >= 0),
    fitted     BOOLEAN          NOT NULL,
    half_life  DOUBLE PRECISION NOT NULL CHECK (half_life > 0),
    new_pairs  INTEGER          NOT NULL CHECK (new_pairs >= 0),
    model      TEXT             NOT NULL,
    chosen_on  DATE             NOT NULL
);
