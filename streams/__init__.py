"""The Faust app, topics, tables and codecs."""
