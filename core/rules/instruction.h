#pragma once

#include <cstdint>

namespace fraudlens::rules {

enum class OpCode : std::uint8_t {
    Constant, // push value
    Feature,  // push row[column]
    Negate,
    Not,
    Add,
    Subtract,
    Multiply,
    Divide,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Equal,
    NotEqual,
    And,
    Or,
    Abs,
    Min,
    Max,
    Log,
};

// One step of a compiled expression's stack program.
struct Instruction {
    OpCode op = OpCode::Constant;
    std::int32_t column = 0; // for Feature
    float value = 0.0f;      // for Constant
};

} // namespace fraudlens::rules
