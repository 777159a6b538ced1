"""Voluntary self-identification (EEO-1) records for Pinebrook Staffing."""
from sqlalchemy import Boolean, Column, Date, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()

RACE_ETHNICITY_OPTIONS = (
    "Hispanic or Latino",
    "White",
    "Black or African American",
    "Native Hawaiian or Other Pacific Islander",
    "Asian",
    "American Indian or Alaska Native",
    "Two or More Races",
    "I do not wish to answer",
)


class EeoSelfId(Base):
    """Answers an employee gave on the voluntary form; never filled in by HR."""

    __tablename__ = "eeo_self_id"

    id = Column(Integer, primary_key=True)
    employee_id = Column(Integer, ForeignKey("employees.id"), nullable=False, unique=True)
    race_ethnicity = Column(String(64), nullable=True)
    veteran_status = Column(String(32), nullable=True)
    disability_answer = Column(String(32), nullable=True)
    submitted_on = Column(Date, nullable=False)
    declined = Column(Boolean, default=False)
