"""KlasLab colorization model code (training, export, evaluation helpers)."""
