/**
 * Staff members of the federation and its chambers: who they are (roles, chamber or consultant binding),
 * how they sign in (throttled form sign-in, session), and the claims their tokens carry (ADR 0002).
 */
package jp.madoguchi.console.staff;
