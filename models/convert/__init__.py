"""Converters from public colorization models to KlasLab's ONNX + model.json format."""
