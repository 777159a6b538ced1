variable "site_name" {
  type        = string
  description = "Name shown in the Orrelis console."
}

variable "attributes" {
  type        = list(string)
  default     = ["age", "gender"]
  description = "Face attributes computed by the Orrelis analytics module."

  validation {
    condition     = alltrue([for a in var.attributes : contains(["age", "gender", "mask"], a)])
    error_message = "Supported attributes: age, gender, mask."
  }
}

variable "enable_ethnicity" {
  type        = bool
  default     = false
  description = "Deprecated and ignored. Ethnicity estimation was withdrawn in Orrelis 2026.3 and is not offered in any region; the variable is kept so old configurations still plan."
}
