/**
 * The federation's member chambers (商工会): the registry every request's {@code chamberId} must name,
 * loaded at start from {@code chambers/<federation>.json} and listed for the web form.
 */
package jp.madoguchi.intake.chamber;
