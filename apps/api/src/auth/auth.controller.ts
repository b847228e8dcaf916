import { Body, Controller, Get, Headers, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { AuthService, Profile, ProfileService, User } from '@kokeilu/identity';
import { ApiProblems, preferredLocale } from '@kokeilu/platform';
import { LoginDto, MeDto, RefreshDto, RegisterDto, TokenPairDto, UserDto } from './auth.dto.js';
import { LocalAuthGuard } from './local-auth.guard.js';

@ApiTags('auth')
@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @ApiCreatedResponse({ type: UserDto })
  @ApiProblems(400, 409, 429)
  register(@Body() dto: RegisterDto, @Headers('accept-language') acceptLanguage?: string): Promise<User> {
    return this.auth.register({ ...dto, locale: dto.locale ?? preferredLocale(acceptLanguage, 'fi') });
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems(400, 401, 429)
  login(@Req() request: { user: User }) {
    return this.auth.issueTokens(request.user.id);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems(400, 401, 429)
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Throttle({ default: { limit: 1000, ttl: 60_000 } })
  @ApiNoContentResponse({ description: 'The sign-in of this refresh token has ended' })
  @ApiProblems(400)
  async logout(@Body() dto: RefreshDto): Promise<void> {
    await this.auth.logout(dto.refreshToken);
  }
}

@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(private readonly profiles: ProfileService) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): Promise<Profile> {
    return this.profiles.profile(actor.userId);
  }
}
