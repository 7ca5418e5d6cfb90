package jp.madoguchi.events;

/** Why a request was taken back. */
public enum WithdrawalReason {
    OWNER_REQUEST,
    RESOLVED_ELSEWHERE,
    DUPLICATE,
    OTHER
}
