package io.swarmsim.kernel.conntrack;

/** IP_CT_DIR_ORIGINAL or IP_CT_DIR_REPLY. */
public enum Direction { ORIGINAL, REPLY }
