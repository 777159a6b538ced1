<?php
// GraceLedger - church management: member directory entity
namespace GraceLedger\Entity;

final class Member
{
    public const RELIGION_OPTIONS = ['Christian', 'Catholic', 'Orthodox', 'Seeker', 'Other'];

    public function __construct(
        public int $id,
        public string $fullName,
        public ?string $email,
        /** Faith tradition the member wrote on the welcome card. */
        public ?string $religion,
        public ?\DateTimeImmutable $baptismDate,
        public ?string $smallGroup,
        public ?string $photoPath,   // directory photo, uploaded by the member
        public bool $givingStatementOptIn = false,
    ) {}

    public function isBaptised(): bool
    {
        return $this->baptismDate !== null;
    }
}
