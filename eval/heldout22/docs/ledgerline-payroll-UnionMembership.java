package com.ledgerline.payroll.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Trade-union membership used to compute the union dues deduction on a payslip.
 */
public final class UnionMembership {

    /** Union the employee declared on the dues-deduction authorisation form. */
    private final String unionCode;
    private final String localBranch;
    private final BigDecimal duesRatePercent;
    private final LocalDate authorisedOn;
    private final boolean checkOff;

    public UnionMembership(String unionCode, String localBranch, BigDecimal duesRatePercent,
                           LocalDate authorisedOn, boolean checkOff) {
        this.unionCode = unionCode;
        this.localBranch = localBranch;
        this.duesRatePercent = duesRatePercent;
        this.authorisedOn = authorisedOn;
        this.checkOff = checkOff;
    }

    public String getUnionCode() { return unionCode; }
    public String getLocalBranch() { return localBranch; }
    public BigDecimal getDuesRatePercent() { return duesRatePercent; }
    public LocalDate getAuthorisedOn() { return authorisedOn; }
    public boolean isCheckOff() { return checkOff; }
}
