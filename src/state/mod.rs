//! The running app's state: one struct of signals shared as context, and its URL form.
