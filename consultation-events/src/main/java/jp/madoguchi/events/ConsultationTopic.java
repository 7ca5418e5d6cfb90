package jp.madoguchi.events;

/** What the owner wants to talk about; the themes the federation reports on. */
public enum ConsultationTopic {
    FINANCE,
    SUBSIDY,
    INVOICE,
    DX_IT,
    WAGES,
    LABOUR,
    SALES_CHANNELS,
    SUCCESSION,
    STARTUP,
    OTHER
}
