package jp.madoguchi.events;

/**
 * How the owner prefers to be told of their appointment. Which ways are possible depends on the contact details
 * they gave, which only intake knows; notification reads those from intake at send time.
 */
public enum ContactWay {
    PHONE,
    EMAIL,
    SMS
}
