package jp.madoguchi.scheduling.booking.domain;

/**
 * The appointments a reader may see: all of them (federation staff), or those of one chamber (its advisor)
 * and/or of one consultant (that consultant). A reader holding both narrow roles sees the union.
 */
public record AppointmentScope(boolean everything, String chamberId, String consultantId) {

    public static final AppointmentScope EVERYTHING = new AppointmentScope(true, null, null);

    public static AppointmentScope limitedTo(String chamberId, String consultantId) {
        return new AppointmentScope(false, chamberId, consultantId);
    }

    public boolean includes(Appointment appointment) {
        return everything
                || (chamberId != null && chamberId.equals(appointment.chamberId()))
                || (consultantId != null && consultantId.equals(appointment.consultantId()));
    }
}
