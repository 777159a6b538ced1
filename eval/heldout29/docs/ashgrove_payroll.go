// Package payroll defines the pay-run records of the Ashgrove payroll service.
package payroll

import "time"

// Employee is the payroll view of a staff member. Union fields come from the
// signed check-off authorisation form the employee hands to HR.
type Employee struct {
	ID             string    `json:"id"`
	Name           string    `json:"name"`
	TaxCode        string    `json:"tax_code"`
	UnionMember    bool      `json:"union_member"`
	UnionName      string    `json:"union_name,omitempty"`
	UnionDuesPct   float64   `json:"union_dues_pct,omitempty"`
	CheckOffSigned time.Time `json:"check_off_signed,omitempty"`
}

// Deduction is one line on a payslip.
type Deduction struct {
	Code   string  `json:"code"` // "TAX", "NI", "PENSION", "UNION_DUES"
	Amount float64 `json:"amount"`
}
