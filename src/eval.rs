//! Evaluation against gold annotations (stub, being written).
